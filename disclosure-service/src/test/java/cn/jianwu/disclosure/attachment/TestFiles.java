package cn.jianwu.disclosure.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files made on the spot: PDFs with PDFBox, images with {@code javax.imageio}. */
final class TestFiles {

	private TestFiles() {
	}

	/** A PDF with one page per argument (ASCII text: a standard font has no Chinese). */
	static byte[] pdf(String... pages) {
		return document(null, pages);
	}

	/** A PDF that opens only with the password. */
	static byte[] encryptedPdf(String password, String text) {
		return document(password, text);
	}

	static byte[] png(int width, int height) {
		return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
	}

	static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
	}

	private static byte[] document(String password, String... pages) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String text : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 12);
					content.newLineAtOffset(72, 700);
					content.showText(text);
					content.endText();
				}
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] image(String format, int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xc0, 0x20, 0x20));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
