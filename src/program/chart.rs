//! Trend charts drawn on the server as SVG: no JavaScript, an accessible title and
//! description, and the same numbers as a table beside it.

use crate::i18n::Lang;

/// One series of values (0 to the chart's maximum) at points in time.
pub struct Series<'a> {
    pub name: &'a str,
    pub class: &'static str,
    pub points: &'a [(i64, i64)],
}

/// What the template draws: the plot area, one polyline and its dots per series, and axis ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub width: u32,
    pub height: u32,
    pub lines: Vec<Line>,
    pub y_ticks: Vec<(u32, i64)>,
    /// Dates along the bottom: (x, text-anchor, date), the first, the last and one between.
    pub x_ticks: Vec<(u32, &'static str, String)>,
    pub plot: (u32, u32, u32, u32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: String,
    pub class: &'static str,
    pub points: String,
    pub dots: Vec<(u32, u32)>,
    /// The latest value, written beside its dot: (x, y, value).
    pub last: Option<(u32, u32, i64)>,
    /// The name comes from a data file (a questionnaire's dimension), not a message: the
    /// template marks it `data-content`, as the pseudo-locale check expects of such text.
    pub content: bool,
}

impl Chart {
    /// Marks every line's name as text from a data file (see `Line::content`).
    pub fn named_from_content(mut self) -> Chart {
        for line in &mut self.lines {
            line.content = true;
        }
        self
    }
}

const W: u32 = 640;
const H: u32 = 240;
const LEFT: u32 = 36;
const RIGHT: u32 = 12;
const TOP: u32 = 12;
const BOTTOM: u32 = 28;

/// Lays out series of 0–10 values over the time span they cover, dated in `lang`. One point
/// sits in the middle.
pub fn draw_in(lang: Lang, series: &[Series<'_>], tz: &str) -> Chart {
    draw_out_of_in(lang, series, 10, tz)
}

/// `draw_out_of_in` with its dates in English, for charts not yet drawn in the reader's language.
pub fn draw_out_of(series: &[Series<'_>], max: i64, tz: &str) -> Chart {
    draw_out_of_in(Lang::En, series, max, tz)
}

/// Lays out series of values from 0 to `max` over the time span they cover, with dates in
/// `tz` and `lang` along the bottom. One or two points still read as a chart: each dot carries
/// its latest value, and the dates under it say when.
pub fn draw_out_of_in(lang: Lang, series: &[Series<'_>], max: i64, tz: &str) -> Chart {
    let times = series.iter().flat_map(|s| s.points.iter().map(|(t, _)| *t));
    let (min_t, max_t) = times.fold((i64::MAX, i64::MIN), |(lo, hi), t| (lo.min(t), hi.max(t)));
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x = |t: i64| -> u32 {
        if max_t <= min_t {
            LEFT + plot_w / 2
        } else {
            LEFT + ((t - min_t) as f64 / (max_t - min_t) as f64 * plot_w as f64).round() as u32
        }
    };
    let y = |v: i64| -> u32 { TOP + plot_h - (v.clamp(0, max) as f64 / max as f64 * plot_h as f64).round() as u32 };
    let lines = series
        .iter()
        .map(|s| {
            let dots: Vec<(u32, u32)> = s.points.iter().map(|(t, v)| (x(*t), y(*v))).collect();
            Line {
                name: s.name.to_string(),
                class: s.class,
                points: dots.iter().map(|(a, b)| format!("{a},{b}")).collect::<Vec<_>>().join(" "),
                last: s.points.last().map(|(t, v)| (x(*t), y(*v), *v)),
                dots,
                content: false,
            }
        })
        .collect();
    let mut times: Vec<i64> = series.iter().flat_map(|s| s.points.iter().map(|(t, _)| *t)).collect();
    times.sort_unstable();
    times.dedup();
    let date = |t: i64| crate::pages::format_date_in(lang, t, tz);
    let x_ticks = match times.as_slice() {
        [] => vec![],
        [one] => vec![(x(*one), "middle", date(*one))],
        [first, .., last] => {
            let mut ticks = vec![(x(*first), "start", date(*first))];
            if times.len() >= 3 {
                let mid = times[times.len() / 2];
                ticks.push((x(mid), "middle", date(mid)));
            }
            ticks.push((x(*last), "end", date(*last)));
            ticks.dedup_by(|a, b| a.2 == b.2);
            ticks
        }
    };
    Chart {
        width: W,
        height: H,
        lines,
        y_ticks: [0, max / 2, max].iter().map(|v| (y(*v), *v)).collect(),
        x_ticks,
        plot: (LEFT, TOP, plot_w, plot_h),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_map_onto_the_plot_area() {
        let pts = [(0, 0), (100, 10)];
        let c = draw_in(Lang::En, &[Series { name: "Trust", class: "trust", points: &pts }], "UTC");
        let (left, top, w, h) = c.plot;
        assert_eq!(c.lines[0].dots, vec![(left, top + h), (left + w, top)]);
        assert_eq!(c.lines[0].points, format!("{left},{} {},{top}", top + h, left + w));
        assert_eq!(c.y_ticks.len(), 3);
    }

    #[test]
    fn a_single_point_is_centred_and_values_are_clamped() {
        let pts = [(5, 12)];
        let c = draw_in(Lang::En, &[Series { name: "Safety", class: "safety", points: &pts }], "UTC");
        let (left, top, w, _) = c.plot;
        assert_eq!(c.lines[0].dots, vec![(left + w / 2, top)]);
    }

    #[test]
    fn other_ranges_scale_onto_the_same_plot() {
        let pts = [(0, 50), (10, 100)];
        let c = draw_out_of_in(Lang::En, &[Series { name: "Faith", class: "line-c", points: &pts }], 100, "UTC");
        let (_, top, _, h) = c.plot;
        assert_eq!(c.lines[0].dots[0].1, top + h / 2);
        assert_eq!(c.lines[0].dots[1].1, top);
        assert_eq!(c.y_ticks.iter().map(|(_, v)| *v).collect::<Vec<_>>(), [0, 50, 100]);
    }

    #[test]
    fn dates_run_along_the_bottom_and_the_latest_value_is_written() {
        let day = crate::clock::DAY;
        let one = [(20 * day, 7)];
        let c = draw_in(Lang::En, &[Series { name: "Trust", class: "t", points: &one }], "UTC");
        assert_eq!(c.x_ticks, vec![(c.plot.0 + c.plot.2 / 2, "middle", "21 Jan 1970".to_string())]);
        assert_eq!(c.lines[0].last.map(|l| l.2), Some(7));
        let three = [(0, 1), (day, 2), (2 * day, 3)];
        let c = draw_in(Lang::En, &[Series { name: "Trust", class: "t", points: &three }], "Asia/Kolkata");
        let dates: Vec<&str> = c.x_ticks.iter().map(|t| t.2.as_str()).collect();
        assert_eq!(dates, ["1 Jan 1970", "2 Jan 1970", "3 Jan 1970"]);
        assert_eq!(c.x_ticks[0].1, "start");
        assert_eq!(c.x_ticks[2].1, "end");
        let c = draw_in(Lang::Hi, &[Series { name: "भरोसा", class: "t", points: &three }], "Asia/Kolkata");
        assert_eq!(c.x_ticks[0].2, "1 जनवरी 1970", "dated in the reader's language");
    }
}
