package cn.jianwu.disclosure.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the copy of a PNG or JPEG that the public downloads: the pixels only, re-encoded,
 * so that no EXIF (GPS position, camera owner, time), XMP, ICC profile, comment or text
 * chunk goes with them. A JPEG's EXIF orientation is applied to the pixels first.
 */
final class ImageCopy {

	/**
	 * Pixels decoded at most (a 40-megapixel photo takes 160 MB as it is turned): a small
	 * file may claim a huge size.
	 */
	static final long MAX_PIXELS = 40_000_000L;

	private static final float JPEG_QUALITY = 0.92f;

	private ImageCopy() {
	}

	/**
	 * @param type {@link AttachmentType#PNG} or {@link AttachmentType#JPEG}
	 * @param image the uploaded file
	 * @return the clean copy
	 * @throws Unreadable if the image cannot be decoded or is too large to be
	 */
	static byte[] clean(AttachmentType type, byte[] image) {
		BufferedImage pixels = decode(image);
		if (type == AttachmentType.JPEG) {
			pixels = Orientation.apply(pixels, ExifOrientation.of(image));
		}
		try {
			return (type == AttachmentType.JPEG) ? jpeg(pixels) : png(pixels);
		}
		catch (IOException ex) {
			throw new Unreadable();
		}
	}

	private static BufferedImage decode(byte[] image) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new Unreadable();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new Unreadable();
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Unreadable unreadable) {
				throw unreadable;
			}
			throw new Unreadable();
		}
	}

	private static byte[] png(BufferedImage pixels) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(pixels, "png", out)) {
			throw new IOException("No PNG writer");
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage pixels) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam quality = writer.getDefaultWriteParam();
			quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			quality.setCompressionQuality(JPEG_QUALITY);
			// No metadata passed: the writer adds only its own JFIF header.
			writer.write(null, new IIOImage(pixels, null, null), quality);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** The image cannot be decoded, or is larger than {@link #MAX_PIXELS}. */
	static final class Unreadable extends RuntimeException {

		Unreadable() {
			super("Image cannot be re-encoded", null, false, false);
		}

	}

}
