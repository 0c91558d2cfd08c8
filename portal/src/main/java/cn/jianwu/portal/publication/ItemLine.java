package cn.jianwu.portal.publication;

/**
 * An item in a list: its title and where it belongs.
 *
 * @param path the item's page
 * @param title the title
 * @param date the publication day as readers read it (2026年11月20日)
 * @param isoDate the same day for {@code <time datetime>}
 * @param columnLabel the category's name, e.g. 检察案件信息
 * @param columnPath the column's page
 * @param subKindLabel the item's section, e.g. 办事指南, or {@code null}
 * @param department the publishing department
 * @param longTermLabel 长期公开 for an item disclosed for the long term (it stays at the top
 * of its column and section), otherwise {@code null}
 * @param periodLabel for a periodic item, the period it reports on (2026年第四季度), or
 * {@code null}
 */
public record ItemLine(String path, String title, String date, String isoDate, String columnLabel, String columnPath,
		String subKindLabel, String department, String longTermLabel, String periodLabel) {

	/** A line without term or period. */
	public ItemLine(String path, String title, String date, String isoDate, String columnLabel, String columnPath,
			String subKindLabel, String department) {
		this(path, title, date, isoDate, columnLabel, columnPath, subKindLabel, department, null, null);
	}

}
