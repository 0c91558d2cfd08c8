package cn.jianwu.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * Finds the reports' font and loads it, subset, into each document: the configured file,
 * else the first CJK font Debian installs in its usual place.
 */
@Component
public class PdfFonts {

	private final PdfProperties properties;

	PdfFonts(PdfProperties properties) {
		this.properties = properties;
	}

	/** The font file in use. */
	public Path file() {
		if (this.properties.font() != null) {
			if (!Files.isReadable(this.properties.font())) {
				throw new PdfFontMissingException("The configured report font " + this.properties.font()
						+ " cannot be read (jianwu.reports.pdf.font)");
			}
			return this.properties.font();
		}
		return this.properties.fallbacks()
			.stream()
			.filter(Files::isReadable)
			.findFirst()
			.orElseThrow(() -> new PdfFontMissingException(
					"No font with Chinese glyphs found in " + this.properties.fallbacks()
							+ ": install fonts-wqy-microhei or set jianwu.reports.pdf.font (JIANWU_REPORTS_PDF_FONT)"));
	}

	/**
	 * Opens the font for one document. The handle must stay open until the document is
	 * saved (the subset is made then).
	 */
	LoadedFont open(PDDocument document) {
		Path file = file();
		try {
			if (file.toString().endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
				List<TrueTypeFont> fonts = new ArrayList<>();
				collection.processAllFonts(fonts::add);
				TrueTypeFont first = fonts.stream()
					.findFirst()
					.orElseThrow(() -> new PdfFontMissingException("The font collection " + file + " is empty"));
				return new LoadedFont(PDType0Font.load(document, first, true), Optional.of(collection));
			}
			return new LoadedFont(PDType0Font.load(document, file.toFile()), Optional.empty());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not load the report font " + file, ex);
		}
	}

	/** A font loaded into a document, with the collection it came from (closed last). */
	record LoadedFont(PDType0Font font, Optional<TrueTypeCollection> collection) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			if (this.collection.isPresent()) {
				this.collection.get().close();
			}
		}

	}

}
