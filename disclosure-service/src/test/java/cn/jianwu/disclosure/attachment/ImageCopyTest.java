package cn.jianwu.disclosure.attachment;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import cn.jianwu.disclosure.api.item.TextStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The public copy of an image has its pixels and nothing else. */
class ImageCopyTest {

	@Test
	void aJpegLosesItsExifAndKeepsItsOrientation() throws IOException {
		byte[] photo = TestFiles.jpegWithExif(6, "Wang Jianguo 13800138000");
		assertThat(ExifOrientation.of(photo)).isEqualTo(6);
		assertThat(contains(photo, "Exif")).isTrue();

		PreparedFile file = PreparedFile.of(AttachmentType.JPEG, photo, 1000);
		assertThat(file.status()).isEqualTo(TextStatus.IMAGE);
		byte[] copy = file.published();
		assertThat(AttachmentType.detect(copy)).contains(AttachmentType.JPEG);
		assertThat(segments(copy)).as("JFIF header, tables and frame only: no APP1 (EXIF, XMP), APP2 (ICC), COM")
			.doesNotContain(0xe1, 0xe2, 0xfe);
		assertThat(contains(copy, "Exif")).isFalse();
		assertThat(contains(copy, "Jianguo")).isFalse();
		assertThat(ExifOrientation.of(copy)).isEqualTo(ExifOrientation.UPRIGHT);

		// Orientation 6: turned a quarter clockwise, the left (red) half is on top.
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(copy));
		assertThat(upright.getWidth()).isEqualTo(16);
		assertThat(upright.getHeight()).isEqualTo(32);
		assertThat(new Color(upright.getRGB(8, 4)).getRed()).isGreaterThan(200);
		assertThat(new Color(upright.getRGB(8, 28)).getBlue()).isGreaterThan(200);
	}

	@Test
	void everyOrientationKeepsTheRedHalfWhereTheViewerShowsIt() throws IOException {
		// Where a viewer shows the stored left (red) half for each orientation.
		String[] redSide = { null, "left", "right", "right", "left", "top", "top", "bottom", "bottom" };
		for (int orientation = 1; orientation <= 8; orientation++) {
			BufferedImage upright = ImageIO.read(new ByteArrayInputStream(
					ImageCopy.clean(AttachmentType.JPEG, TestFiles.jpegWithExif(orientation, "x"))));
			int w = upright.getWidth();
			int h = upright.getHeight();
			int red = switch (redSide[orientation]) {
				case "left" -> upright.getRGB(w / 4, h / 2);
				case "right" -> upright.getRGB(w * 3 / 4, h / 2);
				case "top" -> upright.getRGB(w / 2, h / 4);
				default -> upright.getRGB(w / 2, h * 3 / 4);
			};
			assertThat(new Color(red).getRed()).as("orientation " + orientation).isGreaterThan(200);
		}
	}

	@Test
	void aPngLosesItsTextChunks() {
		byte[] png = TestFiles.pngWithText("Wang Jianguo");
		assertThat(contains(png, "tEXt")).isTrue();
		byte[] copy = ImageCopy.clean(AttachmentType.PNG, png);
		assertThat(AttachmentType.detect(copy)).contains(AttachmentType.PNG);
		assertThat(contains(copy, "tEXt")).isFalse();
		assertThat(contains(copy, "Jianguo")).isFalse();
	}

	@Test
	void anImageThatCannotBeDecodedIsRefused() {
		byte[] broken = new byte[64];
		System.arraycopy(TestFiles.jpeg(4, 4), 0, broken, 0, 16);
		assertThatExceptionOfType(ImageCopy.Unreadable.class)
			.isThrownBy(() -> ImageCopy.clean(AttachmentType.JPEG, broken));
	}

	/** The markers of a JPEG's segments before its image data. */
	private static List<Integer> segments(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
			int marker = jpeg[at + 1] & 0xff;
			markers.add(marker);
			if (marker == 0xda) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
		}
		return markers;
	}

	private static boolean contains(byte[] content, String text) {
		return new String(content, StandardCharsets.ISO_8859_1).contains(text);
	}

}
