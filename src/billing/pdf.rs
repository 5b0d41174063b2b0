//! A one-page PDF (1.4) of plain lines in the standard Helvetica fonts: enough for an invoice
//! or receipt, readable by every PDF reader, with nothing embedded and nothing fetched.
//! Text is WinAnsi (Latin-1 and the usual quotes and dashes); what it cannot show (₹, scripts
//! other than Latin) is written out or replaced, so amounts use the currency code.

/// A page being laid out from the top down.
pub struct Page {
    ops: String,
    y: f32,
}

const LEFT: f32 = 56.0;
const TOP: f32 = 786.0;

impl Default for Page {
    fn default() -> Self {
        Page { ops: String::new(), y: TOP }
    }
}

/// A string as WinAnsi bytes, in a PDF literal string's escaped form.
fn literal(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let b: Option<u8> = match c {
            '\u{2018}' => Some(0x91),
            '\u{2019}' => Some(0x92),
            '\u{201c}' => Some(0x93),
            '\u{201d}' => Some(0x94),
            '\u{2022}' => Some(0x95),
            '\u{2013}' => Some(0x96),
            '\u{2014}' => Some(0x97),
            '\u{20b9}' => None,
            c if (c as u32) < 0x80 => Some(c as u8),
            c if (0xa0..=0xff).contains(&(c as u32)) => Some(c as u32 as u8),
            _ => Some(b'?'),
        };
        match (c, b) {
            ('\u{20b9}', _) => out.push_str("INR "),
            (_, Some(b'(')) => out.push_str("\\("),
            (_, Some(b')')) => out.push_str("\\)"),
            (_, Some(b'\\')) => out.push_str("\\\\"),
            (_, Some(b)) if (0x20..0x7f).contains(&b) => out.push(b as char),
            (_, Some(b)) => out.push_str(&format!("\\{b:03o}")),
            (_, None) => {}
        }
    }
    out
}

impl Page {
    /// A line of text at the left margin.
    pub fn line(&mut self, text: &str, size: f32, bold: bool) {
        self.at(LEFT, text, size, bold);
        self.y -= size * 1.45;
    }

    /// A label and a value on one line, the value in a second column.
    pub fn pair(&mut self, label: &str, value: &str) {
        self.at(LEFT, label, 10.5, false);
        self.at(LEFT + 300.0, value, 10.5, false);
        self.y -= 15.5;
    }

    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    fn at(&mut self, x: f32, text: &str, size: f32, bold: bool) {
        let font = if bold { "F2" } else { "F1" };
        self.ops.push_str(&format!("BT /{font} {size} Tf {x:.1} {:.1} Td ({}) Tj ET\n", self.y, literal(text)));
    }

    /// The finished file; `title` goes into the document information.
    pub fn finish(self, title: &str) -> Vec<u8> {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
                .to_string(),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_string(),
            format!("<< /Length {} >>\nstream\n{}endstream", self.ops.len(), self.ops),
            format!("<< /Title ({}) /Producer (DilTalks) >>", literal(title)),
        ];
        // Every byte is ASCII (other characters are escaped), so no binary marker line is needed.
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = vec![];
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!("trailer\n<< /Size {} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
                .as_bytes(),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_mapped_to_winansi() {
        assert_eq!(literal("a (b) \\ c"), "a \\(b\\) \\\\ c");
        assert_eq!(literal("₹1,500"), "INR 1,500");
        assert_eq!(literal("“Café”"), "\\223Caf\\351\\224");
        assert_eq!(literal("आशा"), "???");
    }

    #[test]
    fn the_cross_reference_table_points_at_each_object() {
        let mut p = Page::default();
        p.line("Invoice 2026-27/0001", 18.0, true);
        let pdf = p.finish("Invoice");
        let text = String::from_utf8_lossy(&pdf);
        let xref_at: usize = text.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
        assert!(text[xref_at..].starts_with("xref\n0 8\n"));
        for (n, line) in text[xref_at..].lines().skip(3).take(7).enumerate() {
            let at: usize = line[..10].parse().unwrap();
            assert!(text[at..].starts_with(&format!("{} 0 obj", n + 1)), "object {}", n + 1);
        }
    }
}
