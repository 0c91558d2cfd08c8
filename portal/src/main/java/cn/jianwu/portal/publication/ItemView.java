package cn.jianwu.portal.publication;

import java.util.List;

/**
 * An item's page.
 *
 * @param id the item's id (for the link to send feedback on it)
 * @param title the title
 * @param summary the summary, or {@code null}
 * @param paragraphs the redacted body as plain-text paragraphs
 * @param date the publication day of the current revision as readers read it
 * @param isoDate the same day for {@code <time datetime>}
 * @param department the publishing department
 * @param column the item's column, or {@code null} for a category this build does not
 * know
 * @param subKindLabel the item's section, or {@code null}
 * @param attachments the downloads
 * @param longTermLabel 长期公开 for a long-term item, otherwise {@code null}
 * @param periodLabel the period a periodic item reports on (2026年第四季度), or {@code null}
 * @param revisions the open history (修订记录), oldest first, shown when there is more than
 * one revision; empty when it could not be read
 */
record ItemView(String id, String title, String summary, List<String> paragraphs, String date, String isoDate,
		String department, Column column, String subKindLabel, List<AttachmentLink> attachments, String longTermLabel,
		String periodLabel, List<RevisionLine> revisions) {

	ItemView {
		revisions = (revisions != null) ? List.copyOf(revisions) : List.of();
	}

	/** Whether the page lists its revisions: only an item revised after publication. */
	public boolean revised() {
		return this.revisions.size() > 1;
	}

	/**
	 * A download.
	 *
	 * @param name the file name
	 * @param url where to fetch it
	 * @param kind what it is, e.g. PDF 文档
	 * @param size its size as readers read it, e.g. 1.2 MB
	 */
	record AttachmentLink(String name, String url, String kind, String size) {
	}

	/**
	 * One published revision in the open history.
	 *
	 * @param number the revision, from 1
	 * @param date its publication day as readers read it
	 * @param isoDate the same day for {@code <time datetime>}
	 * @param note what changed and why, as staff gave it (修订说明); {@code null} for the
	 * first
	 * @param changesPath the page of what changed from the revision before, {@code null}
	 * for the first
	 */
	record RevisionLine(int number, String date, String isoDate, String note, String changesPath) {
	}

}
