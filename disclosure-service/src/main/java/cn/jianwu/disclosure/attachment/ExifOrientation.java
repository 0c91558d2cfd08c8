package cn.jianwu.disclosure.attachment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of the first image directory): a camera
 * stores the pixels as the sensor saw them and says how to turn them. The published copy
 * has no EXIF, so its pixels are turned instead.
 */
final class ExifOrientation {

	/** As stored: nothing to turn. */
	static final int UPRIGHT = 1;

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int SHORT_TYPE = 3;

	private ExifOrientation() {
	}

	/**
	 * @param jpeg the file
	 * @return 1 to 8 as EXIF defines them; {@link #UPRIGHT} when there is none or it is
	 * malformed
	 */
	static int of(byte[] jpeg) {
		try {
			int at = 2;
			while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
				int marker = jpeg[at + 1] & 0xff;
				int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
				// Start of scan: the metadata segments are all before it.
				if (marker == 0xda || length < 2) {
					return UPRIGHT;
				}
				if (marker == 0xe1 && length >= 2 + EXIF.length + 8 && startsWithExif(jpeg, at + 4)) {
					int orientation = inTiff(
							ByteBuffer.wrap(jpeg, at + 4 + EXIF.length, length - 2 - EXIF.length).slice());
					return (orientation >= 1 && orientation <= 8) ? orientation : UPRIGHT;
				}
				at += 2 + length;
			}
			return UPRIGHT;
		}
		catch (RuntimeException ex) {
			return UPRIGHT;
		}
	}

	private static boolean startsWithExif(byte[] jpeg, int at) {
		for (int i = 0; i < EXIF.length; i++) {
			if (jpeg[at + i] != EXIF[i]) {
				return false;
			}
		}
		return true;
	}

	private static int inTiff(ByteBuffer tiff) {
		tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int directory = tiff.getInt(4);
		int entries = tiff.getShort(directory) & 0xffff;
		for (int i = 0; i < entries; i++) {
			int entry = directory + 2 + 12 * i;
			if ((tiff.getShort(entry) & 0xffff) == ORIENTATION_TAG
					&& (tiff.getShort(entry + 2) & 0xffff) == SHORT_TYPE) {
				return tiff.getShort(entry + 8) & 0xffff;
			}
		}
		return UPRIGHT;
	}

}
