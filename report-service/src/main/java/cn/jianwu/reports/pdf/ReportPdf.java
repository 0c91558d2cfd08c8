package cn.jianwu.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One report as a PDF, laid out top to bottom on A4 pages: a title, headings, paragraphs,
 * tables (the header repeated on each page a table spans) and horizontal bar charts. Text
 * wraps by character, as Chinese does; a character the font lacks is shown as "?". Pages
 * are cached in a temporary file, so a catalogue of many items does not fill the heap.
 *
 * <pre>
 * try (ReportPdf pdf = ReportPdf.start(fonts, "2026年检务公开工作年度报告", generatedAt)) {
 *     pdf.title("…").heading("一、总体情况").paragraph("…").table(table);
 *     pdf.writeTo(out);
 * }
 * </pre>
 */
public final class ReportPdf implements AutoCloseable {

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float MARGIN = 56;

	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float BODY = 10.5f;

	private static final float LEADING = 1.45f;

	private static final float CELL_PADDING = 3;

	private final PDDocument document;

	private final PdfFonts.LoadedFont loaded;

	private final PDType0Font font;

	private final Map<Integer, Boolean> glyphs = new HashMap<>();

	private PDPageContentStream content;

	private float y;

	private int pages;

	private ReportPdf(PDDocument document, PdfFonts.LoadedFont loaded) {
		this.document = document;
		this.loaded = loaded;
		this.font = loaded.font();
	}

	/**
	 * A new document.
	 * @param title the document's title (its metadata; show it with {@link #title})
	 * @param created when the report was generated (the metadata's date, so that the same
	 * report renders to the same PDF)
	 */
	public static ReportPdf start(PdfFonts fonts, String title, Instant created) {
		PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
		try {
			ReportPdf pdf = new ReportPdf(document, fonts.open(document));
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setCreator("阳光检务平台 report-service");
			Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			date.setTimeInMillis(created.toEpochMilli());
			info.setCreationDate(date);
			pdf.newPage();
			return pdf;
		}
		catch (RuntimeException ex) {
			closeQuietly(document);
			throw ex;
		}
	}

	/** The report's title, centred and large. */
	public ReportPdf title(String text) {
		return centred(text, 18, 10);
	}

	/** A line under the title (the period, the issuer), centred. */
	public ReportPdf subtitle(String text) {
		return centred(text, 11, 14);
	}

	/** A section heading. */
	public ReportPdf heading(String text) {
		space(8);
		lines(text, 13.5f, MARGIN, WIDTH);
		space(4);
		return this;
	}

	/** Running text; each line break of the text starts a new paragraph. */
	public ReportPdf paragraph(String text) {
		for (String paragraph : (text != null ? text : "").split("\\R")) {
			lines("\u3000\u3000" + paragraph.strip(), BODY, MARGIN, WIDTH);
			space(3);
		}
		return this;
	}

	/** A table; its header is repeated on every page it spans. */
	public ReportPdf table(PdfTable table) {
		float[] widths = table.columnWidths(WIDTH);
		space(4);
		row(table.headers(), widths, true);
		for (List<String> cells : table.rows()) {
			float height = rowHeight(cells, widths);
			if (this.y - height < MARGIN + 20) {
				newPage();
				row(table.headers(), widths, true);
			}
			row(cells, widths, false);
		}
		space(8);
		return this;
	}

	/** Horizontal bars, longest for the largest value, each labelled with its value. */
	public ReportPdf barChart(String caption, List<PdfBar> bars) {
		float barHeight = 12;
		float labelWidth = WIDTH * 0.3f;
		float valueWidth = 60;
		float barSpace = WIDTH - labelWidth - valueWidth;
		double max = bars.stream().mapToDouble(PdfBar::value).max().orElse(0);
		need(30 + bars.size() * (barHeight + 6));
		lines(caption, BODY, MARGIN, WIDTH);
		space(2);
		for (PdfBar bar : bars) {
			need(barHeight + 6);
			float top = this.y;
			text(fit(bar.label(), BODY, labelWidth - 6), BODY, MARGIN, top - barHeight + 2);
			float length = (max > 0) ? (float) (barSpace * bar.value() / max) : 0;
			try {
				this.content.setNonStrokingColor(0.60f, 0.13f, 0.13f);
				this.content.addRect(MARGIN + labelWidth, top - barHeight, Math.max(length, 0.5f), barHeight);
				this.content.fill();
				this.content.setNonStrokingColor(0f, 0f, 0f);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			text(bar.valueText(), BODY, MARGIN + labelWidth + length + 4, top - barHeight + 2);
			this.y -= barHeight + 6;
		}
		space(8);
		return this;
	}

	/** Goes on on a new page. */
	public ReportPdf pageBreak() {
		newPage();
		return this;
	}

	/** Writes the document (the font is subset now). */
	public void writeTo(OutputStream out) {
		try {
			this.content.close();
			this.content = null;
			this.document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the PDF", ex);
		}
	}

	/** The number of pages so far. */
	public int pages() {
		return this.pages;
	}

	@Override
	public void close() {
		try {
			if (this.content != null) {
				this.content.close();
			}
		}
		catch (IOException ex) {
			// the document is discarded anyway
		}
		closeQuietly(this.document);
		try {
			this.loaded.close();
		}
		catch (IOException ex) {
			// nothing was written through it any more
		}
	}

	private ReportPdf centred(String text, float size, float after) {
		for (String line : wrap(safe(text), size, WIDTH)) {
			need(size * LEADING);
			float width = width(line, size);
			text(line, size, MARGIN + (WIDTH - width) / 2, this.y - size);
			this.y -= size * LEADING;
		}
		space(after);
		return this;
	}

	private void row(List<String> cells, float[] widths, boolean header) {
		float height = rowHeight(cells, widths);
		float x = MARGIN;
		try {
			if (header) {
				this.content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
				this.content.addRect(MARGIN, this.y - height, WIDTH, height);
				this.content.fill();
				this.content.setNonStrokingColor(0f, 0f, 0f);
			}
			this.content.setLineWidth(0.5f);
			for (int i = 0; i < widths.length; i++) {
				this.content.addRect(x, this.y - height, widths[i], height);
				String cell = (i < cells.size() && cells.get(i) != null) ? cells.get(i) : "";
				float lineY = this.y - CELL_PADDING - BODY;
				for (String line : wrap(safe(cell), BODY - 1, widths[i] - 2 * CELL_PADDING)) {
					text(line, BODY - 1, x + CELL_PADDING, lineY);
					lineY -= (BODY - 1) * LEADING;
				}
				x += widths[i];
			}
			this.content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.y -= height;
	}

	private float rowHeight(List<String> cells, float[] widths) {
		int lines = 1;
		for (int i = 0; i < widths.length && i < cells.size(); i++) {
			String cell = (cells.get(i) != null) ? cells.get(i) : "";
			lines = Math.max(lines, wrap(safe(cell), BODY - 1, widths[i] - 2 * CELL_PADDING).size());
		}
		return lines * (BODY - 1) * LEADING + 2 * CELL_PADDING;
	}

	private void lines(String text, float size, float x, float width) {
		for (String line : wrap(safe(text), size, width)) {
			need(size * LEADING);
			text(line, size, x, this.y - size);
			this.y -= size * LEADING;
		}
	}

	private void text(String text, float size, float x, float baseline) {
		try {
			this.content.beginText();
			this.content.setFont(this.font, size);
			this.content.newLineAtOffset(x, baseline);
			this.content.showText(safe(text));
			this.content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> wrap(String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		float used = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			float w = width(character, size);
			if (used + w > width && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
				used = 0;
			}
			line.append(character);
			used += w;
			i += Character.charCount(codePoint);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private String fit(String text, float size, float width) {
		List<String> lines = wrap(safe(text), size, width);
		return (lines.size() == 1) ? lines.get(0) : lines.get(0) + "…";
	}

	private float width(String text, float size) {
		try {
			return this.font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException | IllegalArgumentException ex) {
			return size;
		}
	}

	/**
	 * The text with what cannot be drawn replaced: control characters and missing glyphs.
	 */
	private String safe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			if (Character.isISOControl(codePoint)) {
				out.append(' ');
			}
			else if (this.glyphs.computeIfAbsent(codePoint, this::drawable)) {
				out.appendCodePoint(codePoint);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	private boolean drawable(int codePoint) {
		try {
			this.font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private void need(float height) {
		if (this.y - height < MARGIN) {
			newPage();
		}
	}

	private void space(float height) {
		this.y -= height;
		if (this.y < MARGIN) {
			newPage();
		}
	}

	private void newPage() {
		try {
			if (this.content != null) {
				this.content.close();
			}
			PDPage page = new PDPage(PAGE);
			this.document.addPage(page);
			this.pages++;
			this.content = new PDPageContentStream(this.document, page);
			this.y = PAGE.getHeight() - MARGIN;
			String number = "第 " + this.pages + " 页";
			text(number, 9, MARGIN + (WIDTH - width(number, 9)) / 2, MARGIN / 2);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeQuietly(PDDocument document) {
		try {
			document.close();
		}
		catch (IOException ex) {
			// nothing to keep
		}
	}

}
