package cn.jianwu.disclosure.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Real files made on the spot: PDFs with PDFBox, images with {@code javax.imageio}. */
final class TestFiles {

	private TestFiles() {
	}

	/** Adds something to a PDF made here before it is saved. */
	@FunctionalInterface
	interface PdfExtra {

		void apply(PDDocument document) throws IOException;

	}

	/** A PDF with one page per argument (ASCII text: a standard font has no Chinese). */
	static byte[] pdf(String... pages) {
		return document(null, null, pages);
	}

	/** A PDF with one page per argument and more in it, added by {@code extra}. */
	static byte[] pdf(PdfExtra extra, String... pages) {
		return document(null, extra, pages);
	}

	/** A PDF that opens only with the password. */
	static byte[] encryptedPdf(String password, String text) {
		return document(password, null, text);
	}

	/** A PDF whose pages are numbered and whose last page says {@code last}. */
	static byte[] longPdf(int pages, String last) {
		String[] texts = new String[pages];
		for (int i = 0; i < pages - 1; i++) {
			texts[i] = "Page " + (i + 1) + " of the decision of non-prosecution.";
		}
		texts[pages - 1] = last;
		return pdf(texts);
	}

	/** A PDF whose one page shows an image and has no text, as a scanner makes it. */
	static byte[] scannedPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDImageXObject scan = LosslessFactory.createFromImage(document,
					ImageIO.read(new ByteArrayInputStream(png(40, 60))));
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(scan, 72, 72, 400, 600);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sticky note on the first page. */
	static PdfExtra note(String contents) {
		return (document) -> {
			PDAnnotationText note = new PDAnnotationText();
			note.setContents(contents);
			note.setTitlePopup("reviewer");
			note.setRectangle(new PDRectangle(100, 100, 20, 20));
			document.getPage(0).getAnnotations().add(note);
		};
	}

	/** A filled-in text field on the first page. */
	static PdfExtra field(String name, String value) {
		return (document) -> {
			PDAcroForm form = new PDAcroForm(document);
			document.getDocumentCatalog().setAcroForm(form);
			PDResources resources = new PDResources();
			resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			form.setDefaultResources(resources);
			form.setDefaultAppearance("/Helv 10 Tf 0 g");
			PDTextField field = new PDTextField(form);
			field.setPartialName(name);
			PDAnnotationWidget widget = field.getWidgets().get(0);
			widget.setRectangle(new PDRectangle(72, 600, 300, 20));
			widget.setPage(document.getPage(0));
			document.getPage(0).getAnnotations().add(widget);
			form.getFields().add(field);
			field.setValue(value);
		};
	}

	static PdfExtra bookmark(String title) {
		return (document) -> {
			PDDocumentOutline outline = new PDDocumentOutline();
			document.getDocumentCatalog().setDocumentOutline(outline);
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(title);
			item.setDestination(document.getPage(0));
			outline.addLast(item);
			PDOutlineItem script = new PDOutlineItem();
			script.setTitle("Run");
			script.setAction(new PDActionJavaScript("app.alert('bookmark')"));
			outline.addLast(script);
		};
	}

	static PdfExtra author(String author) {
		return (document) -> {
			document.getDocumentInformation().setAuthor(author);
			document.getDocumentInformation().setTitle("Notice");
			document.getDocumentInformation().setProducer("Office Suite");
		};
	}

	/** XMP metadata naming a creator. */
	static PdfExtra xmp(String creator) {
		return (document) -> {
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(
					("""
							<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
							<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
							<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
							<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
							</rdf:Description></rdf:RDF></x:xmpmeta>
							<?xpacket end="w"?>"""
						.formatted(creator)).getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(metadata);
		};
	}

	static PdfExtra embeddedFile(String name) {
		return (document) -> {
			PDEmbeddedFile embedded = new PDEmbeddedFile(document,
					new ByteArrayInputStream("notes".getBytes(StandardCharsets.US_ASCII)));
			embedded.setSubtype("text/plain");
			PDComplexFileSpecification file = new PDComplexFileSpecification();
			file.setFile(name);
			file.setFileUnicode(name);
			file.setEmbeddedFile(embedded);
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of(name, file));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
		};
	}

	/** A script run when the file opens and one when the first page opens. */
	static PdfExtra scripts() {
		return (document) -> {
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('open')"));
			PDPageAdditionalActions actions = new PDPageAdditionalActions();
			actions.setO(new PDActionJavaScript("app.alert('page')"));
			document.getPage(0).setActions(actions);
		};
	}

	static PdfExtra all(PdfExtra... extras) {
		return (document) -> {
			for (PdfExtra extra : extras) {
				extra.apply(document);
			}
		};
	}

	static byte[] png(int width, int height) {
		return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
	}

	static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
	}

	private static byte[] document(String password, PdfExtra extra, String... pages) {
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
			if (extra != null) {
				extra.apply(document);
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

	/**
	 * A JPEG twice as wide as high, red on the left and blue on the right, with an EXIF
	 * segment holding the orientation, an artist (the device's owner) and a GPS position.
	 */
	static byte[] jpegWithExif(int orientation, String artist) {
		BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 16, 16);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(16, 0, 16, 16);
		graphics.dispose();
		byte[] jpeg = encode(image, "jpeg");
		byte[] exif = exif(orientation, artist);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xff);
		out.write(0xe1);
		int length = 2 + exif.length;
		out.write(length >> 8);
		out.write(length & 0xff);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A PNG with a text chunk naming its author. */
	static byte[] pngWithText(String author) {
		byte[] png = png(8, 8);
		byte[] data = ("Author\0" + author).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		// After the signature (8 bytes) and the header chunk (25 bytes).
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		out.writeBytes(chunk.array());
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	/**
	 * "Exif\0\0" and a big-endian TIFF structure: IFD0 with Orientation, Artist and a
	 * pointer to a GPS IFD with the latitude of Taiyuan.
	 */
	private static byte[] exif(int orientation, String artist) {
		byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
		int artistAt = 8 + 2 + 3 * 12 + 4;
		int gpsAt = artistAt + artistBytes.length + (artistBytes.length % 2);
		int latitudeAt = gpsAt + 2 + 2 * 12 + 4;
		ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + 24).order(ByteOrder.BIG_ENDIAN);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x013b).putShort((short) 2).putInt(artistBytes.length).putInt(artistAt);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
		tiff.putInt(0);
		tiff.put(artistBytes);
		tiff.position(gpsAt);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeAt);
		tiff.putInt(0);
		tiff.putInt(37).putInt(1).putInt(52).putInt(1).putInt(1234).putInt(100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiff.array());
		return out.toByteArray();
	}

	private static byte[] image(String format, int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xc0, 0x20, 0x20));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return encode(image, format);
	}

	private static byte[] encode(BufferedImage image, String format) {
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
