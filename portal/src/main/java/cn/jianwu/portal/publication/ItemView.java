package cn.jianwu.portal.publication;

import java.util.List;

/**
 * An item's page.
 *
 * @param id the item's id (for the link to send feedback on it)
 * @param title the title
 * @param summary the summary, or {@code null}
 * @param paragraphs the redacted body as plain-text paragraphs
 * @param date the publication day as readers read it
 * @param isoDate the same day for {@code <time datetime>}
 * @param department the publishing department
 * @param column the item's column, or {@code null} for a category this build does not
 * know
 * @param subKindLabel the kind of case information, or {@code null}
 * @param attachments the downloads
 */
record ItemView(String id, String title, String summary, List<String> paragraphs, String date, String isoDate,
		String department, Column column, String subKindLabel, List<AttachmentLink> attachments) {

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

}
