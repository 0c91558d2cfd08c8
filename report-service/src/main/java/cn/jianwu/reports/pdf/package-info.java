/**
 * The reports as PDF: {@link ReportPdf} lays out headings, paragraphs, tables and bar
 * charts on A4 pages in a font with Chinese glyphs ({@link PdfFonts}), with pages cached
 * in a temporary file rather than in memory.
 */
package cn.jianwu.reports.pdf;
