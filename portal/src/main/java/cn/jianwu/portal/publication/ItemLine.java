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
 * @param subKindLabel the kind of case information, or {@code null}
 * @param department the publishing department
 */
public record ItemLine(String path, String title, String date, String isoDate, String columnLabel, String columnPath,
		String subKindLabel, String department) {

}
