//! Profile photos: accepted as JPEG, PNG or WebP up to 5 MiB and 8000 pixels a side, decoded
//! within memory limits, shrunk to fit 400 × 400 and re-encoded as JPEG. Re-encoding drops
//! whatever metadata the file carried (camera, time, location).

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const SIDE: u32 = 400;

/// The stored photo: JPEG bytes and its size.
#[derive(Debug)]
pub struct Photo {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

pub fn process(bytes: &[u8]) -> Result<Photo, &'static str> {
    if bytes.is_empty() {
        return Err("Choose a photo to upload.");
    }
    if bytes.len() > MAX_BYTES {
        return Err("That photo is larger than 5 MB. Please choose a smaller one.");
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| "That file could not be read as a photo.")?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) {
        return Err("That file is not a JPEG, PNG or WebP photo.");
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| "That photo could not be opened: it may be damaged or too large.")?;
    let small = if img.width() > SIDE || img.height() > SIDE { img.thumbnail(SIDE, SIDE) } else { img }.to_rgb8();
    let mut jpeg = vec![];
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 82)
        .encode_image(&small)
        .map_err(|_| "That photo could not be converted.")?;
    Ok(Photo { width: small.width(), height: small.height(), jpeg })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
        let mut out = vec![];
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
        out
    }

    #[test]
    fn a_large_photo_is_shrunk_to_fit_and_becomes_a_jpeg() {
        let p = process(&png(1200, 800)).unwrap();
        assert_eq!((p.width, p.height), (400, 267));
        assert_eq!(image::guess_format(&p.jpeg).unwrap(), ImageFormat::Jpeg);
        let small = process(&png(120, 90)).unwrap();
        assert_eq!((small.width, small.height), (120, 90), "never enlarged");
    }

    #[test]
    fn what_is_not_a_photo_or_too_big_is_refused_with_a_reason() {
        assert_eq!(process(b"").err(), Some("Choose a photo to upload."));
        assert_eq!(process(b"%PDF-1.4 not an image").err(), Some("That file is not a JPEG, PNG or WebP photo."));
        assert!(process(&vec![0u8; MAX_BYTES + 1]).unwrap_err().contains("larger than 5 MB"));
        let mut broken = png(50, 50);
        broken.truncate(60);
        assert!(process(&broken).is_err());
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
        assert!(process(gif).is_err());
    }
}
