package cn.jianwu.disclosure.attachment;

import java.awt.image.BufferedImage;

/** Turns and mirrors pixels as an EXIF orientation (1 to 8) says. */
final class Orientation {

	private Orientation() {
	}

	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= ExifOrientation.UPRIGHT || orientation > 8) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		boolean swapped = orientation >= 5;
		BufferedImage turned = new BufferedImage(swapped ? height : width, swapped ? width : height,
				BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y);
				switch (orientation) {
					case 2 -> turned.setRGB(width - 1 - x, y, rgb);
					case 3 -> turned.setRGB(width - 1 - x, height - 1 - y, rgb);
					case 4 -> turned.setRGB(x, height - 1 - y, rgb);
					case 5 -> turned.setRGB(y, x, rgb);
					case 6 -> turned.setRGB(height - 1 - y, x, rgb);
					case 7 -> turned.setRGB(height - 1 - y, width - 1 - x, rgb);
					default -> turned.setRGB(y, width - 1 - x, rgb);
				}
			}
		}
		return turned;
	}

}
