package cn.jianwu.portal.publication;

/**
 * The page of a withdrawn item (该信息已撤回): what the public may know of it, never its text.
 *
 * @param title the title it had
 * @param publishedDate when it was published, as readers read it
 * @param publishedIsoDate the same day for {@code <time datetime>}
 * @param withdrawnDate when it was withdrawn
 * @param withdrawnIsoDate the same day for {@code <time datetime>}
 * @param reason the public reason for the withdrawal (撤回理由)
 * @param column its column, or {@code null} for a category this build does not know
 * @param subKindLabel its section, or {@code null}
 * @param sectionPath its section's page, or {@code null}
 */
record WithdrawnView(String title, String publishedDate, String publishedIsoDate, String withdrawnDate,
		String withdrawnIsoDate, String reason, Column column, String subKindLabel, String sectionPath) {
}
