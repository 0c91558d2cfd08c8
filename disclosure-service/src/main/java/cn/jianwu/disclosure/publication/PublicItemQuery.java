package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;

/**
 * What a public list selects: a column (category), any of its sections (sub-kinds), a
 * term, a department, and for guides the case stage whose notice of rights and duties
 * they are. {@code null} and empty select everything.
 *
 * @param stage a case stage's label (e.g. 审查起诉): guides that name it
 */
record PublicItemQuery(Category category, List<SubKind> subKinds, Term term, String department, String stage) {

	PublicItemQuery {
		// "?subKind" without a value binds as one null: no section asked.
		subKinds = (subKinds != null) ? subKinds.stream().filter(Objects::nonNull).toList() : List.of();
		department = blankToNull(department);
		stage = blankToNull(stage);
		if (category != null) {
			List<SubKind> foreign = subKinds.stream().filter((subKind) -> subKind.category() != category).toList();
			if (!foreign.isEmpty()) {
				throw DisclosureException.invalid(foreign.stream().map(SubKind::label).collect(Collectors.joining("、"))
						+ "不是“" + category.label() + "”栏目的子栏目；该栏目的子栏目有："
						+ SubKind.of(category).stream().map(SubKind::label).collect(Collectors.joining("、")) + "。");
			}
		}
	}

	/**
	 * Whether long-term items are pinned at the top: in a column, a section or a term's
	 * list, not in the mixed newest list.
	 */
	boolean pins() {
		return this.category != null || !this.subKinds.isEmpty() || this.term != null;
	}

	/**
	 * The SQL conditions, each starting with {@code AND}, on a published revision's
	 * columns; their parameters are put into {@code params}.
	 */
	String conditions(Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (this.category != null) {
			where.append(" AND category = :category");
			params.put("category", this.category.name());
		}
		if (!this.subKinds.isEmpty()) {
			where.append(" AND sub_kind IN (:subKinds)");
			params.put("subKinds", this.subKinds.stream().map(Enum::name).toList());
		}
		if (this.term != null) {
			where.append(" AND term = :term");
			params.put("term", this.term.name());
		}
		if (this.department != null) {
			where.append(" AND department = :department");
			params.put("department", this.department);
		}
		if (this.stage != null) {
			where.append(" AND :stage = ANY (case_stages)");
			params.put("stage", this.stage);
		}
		return where.toString();
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

}
