package cn.jianwu.portal.publication;

import java.util.List;

/**
 * The page of what changed between two published revisions of an item.
 *
 * @param title the newer revision's title
 * @param itemPath the item's page
 * @param column the item's column, or {@code null}
 * @param from the older revision
 * @param to the newer revision
 * @param titleChanges the title as it changed
 * @param summaryChanges the summary as it changed (empty when neither has one)
 * @param paragraphs the body's paragraphs as they changed
 */
record ChangesView(String title, String itemPath, Column column, ItemView.RevisionLine from, ItemView.RevisionLine to,
		List<TextDiff.Piece> titleChanges, List<TextDiff.Piece> summaryChanges, List<TextDiff.Paragraph> paragraphs) {

	/**
	 * Whether anything at all differs between the texts (a revision may change only
	 * attachments).
	 */
	public boolean textChanged() {
		return this.titleChanges.stream().anyMatch((piece) -> piece.kind() != TextDiff.Kind.SAME)
				|| this.summaryChanges.stream().anyMatch((piece) -> piece.kind() != TextDiff.Kind.SAME)
				|| this.paragraphs.stream().anyMatch(TextDiff.Paragraph::changed);
	}

	public boolean titleChanged() {
		return this.titleChanges.stream().anyMatch((piece) -> piece.kind() != TextDiff.Kind.SAME);
	}

	public boolean summaryChanged() {
		return this.summaryChanges.stream().anyMatch((piece) -> piece.kind() != TextDiff.Kind.SAME);
	}

}
