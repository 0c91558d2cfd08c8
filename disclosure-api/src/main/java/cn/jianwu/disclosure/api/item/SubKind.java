package cn.jianwu.disclosure.api.item;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.jianwu.events.Category;

/**
 * The sections (子栏目) of a category: the kinds of case information (检察案件信息, seed §四(一)1),
 * and in government affairs the institution's profile, the guides and the legal
 * interpretations (seed §四(一)2, §四(三)1 "各主要业务部门的工作流程和应告知事项全部公开上网", §四(三)2 法律解读). An
 * item's sub-kind belongs to the item's category.
 */
public enum SubKind {

	IMPORTANT_CASE(Category.CASE_INFO, "重要案件信息"),
	/** Published only after redaction. */
	LEGAL_DOCUMENT(Category.CASE_INFO, "生效法律文书"), TYPICAL_CASE(Category.CASE_INFO, "典型案例"),
	SEIZED_PROPERTY(Category.CASE_INFO, "涉案财物处理结果"), SUPERVISION_CORRECTION(Category.CASE_INFO, "监督纠正情况"),
	/** 性质任务、职权职责、机构设置、联系方式: usually long-term. */
	INSTITUTION(Category.GOVERNMENT_AFFAIRS, "机构概况"),
	/**
	 * Work procedures, what to bring, hours, and the notices of rights and duties
	 * (权利义务告知), per department; a guide may name the case stages it applies to.
	 */
	GUIDE(Category.GOVERNMENT_AFFAIRS, "办事指南"),
	/** Laws, judicial interpretations and rules explained to the public. */
	LEGAL_INTERPRETATION(Category.GOVERNMENT_AFFAIRS, "法律解读");

	private final Category category;

	private final String label;

	SubKind(Category category, String label) {
		this.category = category;
		this.label = label;
	}

	/** The category the sub-kind is a section of. */
	public Category category() {
		return this.category;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

	/** The section's address segment, e.g. {@code legal-document}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The sections of a category, in the order the site lists them. */
	public static List<SubKind> of(Category category) {
		return Arrays.stream(values()).filter((subKind) -> subKind.category == category).toList();
	}

	/** The section an address segment names. */
	public static Optional<SubKind> bySlug(String slug) {
		return Arrays.stream(values()).filter((subKind) -> subKind.slug().equals(slug)).findFirst();
	}

}
