package cn.jianwu.disclosure.demo;

import java.util.List;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;

/**
 * One demo item and how far through the approval chain the demo takes it.
 *
 * @param clearedNames the privacy gate's names a clerk would let stand, with the reason
 * @param minorClearance why the item may be public although it mentions minors
 * @param stage {@code DRAFT}, {@code PENDING_REVIEW}, {@code PENDING_CHIEF},
 * {@code PUBLISHED}, {@code REVISED} (published, then {@code revision} published too) or
 * {@code WITHDRAWN} (published, then withdrawn for {@code withdrawReason})
 * @param period a periodic item's period code, e.g. {@code 2026Q3}
 * @param caseStages a guide's case stages, e.g. 审查起诉
 * @param revision for {@code REVISED}: the second revision's changes
 * @param withdrawReason for {@code WITHDRAWN}: the public reason
 */
record DemoItem(String title, String summary, String body, Category category, SubKind subKind, String department,
		String author, boolean important, Term term, Visibility visibility, List<String> persons,
		List<String> addresses, List<Exemption> exemptions, List<NameClearance> clearedNames, String minorClearance,
		String stage, String period, List<String> caseStages, Revision revision, String withdrawReason) {

	DemoItem {
		clearedNames = (clearedNames != null) ? clearedNames : List.of();
	}

	/**
	 * What a second revision changes: its summary and body, and the revision note the
	 * public reads.
	 */
	record Revision(String summary, String body, String note) {
	}

}
