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
 * @param stage {@code DRAFT}, {@code PENDING_REVIEW}, {@code PENDING_CHIEF} or
 * {@code PUBLISHED}
 */
record DemoItem(String title, String summary, String body, Category category, SubKind subKind, String department,
		String author, boolean important, Term term, Visibility visibility, List<String> persons,
		List<String> addresses, List<Exemption> exemptions, List<NameClearance> clearedNames, String minorClearance,
		String stage) {

	DemoItem {
		clearedNames = (clearedNames != null) ? clearedNames : List.of();
	}

}
