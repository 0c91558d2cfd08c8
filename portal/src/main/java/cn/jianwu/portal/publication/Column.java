package cn.jianwu.portal.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;

/**
 * The site's four columns (栏目), one per category of disclosure (seed §四(一)), with the
 * address of each column's page.
 */
public enum Column {

	/** 检察案件信息. */
	CASE_INFO(Category.CASE_INFO, "case-info", "案件信息"),
	/** 检察政务信息. */
	GOVERNMENT_AFFAIRS(Category.GOVERNMENT_AFFAIRS, "government-affairs", "检察政务"),
	/** 检察队伍信息. */
	PERSONNEL(Category.PERSONNEL, "personnel", "检察队伍"),
	/** 其他公开信息. */
	OTHER(Category.OTHER, "other", "其他公开");

	private final Category category;

	private final String slug;

	private final String shortLabel;

	Column(Category category, String slug, String shortLabel) {
		this.category = category;
		this.slug = slug;
		this.shortLabel = shortLabel;
	}

	public Category category() {
		return this.category;
	}

	/** The column's address segment, e.g. {@code case-info}. */
	public String slug() {
		return this.slug;
	}

	/** The name in the navigation, e.g. 案件信息. */
	public String shortLabel() {
		return this.shortLabel;
	}

	/** The category's full name, e.g. 检察案件信息. */
	public String label() {
		return this.category.label();
	}

	/** The column's page. */
	public String path() {
		return "/categories/" + this.slug;
	}

	/** The column's feed of changes. */
	public String feedPath() {
		return path() + "/feed.atom";
	}

	/** The column's sections (子栏目), in the order the site lists them. */
	public List<SubKind> sections() {
		return SubKind.of(this.category);
	}

	/**
	 * A section's page, e.g. {@code /categories/government-affairs/guide}.
	 * @param section one of {@link #sections()}
	 */
	public String path(SubKind section) {
		return path() + "/" + section.slug();
	}

	/** A section's feed of changes. */
	public String feedPath(SubKind section) {
		return path(section) + "/feed.atom";
	}

	/** The section of this column an address segment names. */
	public Optional<SubKind> section(String slug) {
		return SubKind.bySlug(slug).filter((subKind) -> subKind.category() == this.category);
	}

	public static Optional<Column> bySlug(String slug) {
		return Arrays.stream(values()).filter((column) -> column.slug.equals(slug)).findFirst();
	}

	public static Optional<Column> byCategory(Category category) {
		return Arrays.stream(values()).filter((column) -> column.category == category).findFirst();
	}

	/** The column of a category as the services name it ({@code CASE_INFO}). */
	public static Optional<Column> byCategory(String category) {
		return Arrays.stream(values()).filter((column) -> column.category.name().equals(category)).findFirst();
	}

}
