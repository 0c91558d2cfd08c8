package cn.jianwu.disclosure.demo;

import java.util.List;

import cn.jianwu.disclosure.item.Exemption;
import cn.jianwu.disclosure.item.SubKind;
import cn.jianwu.disclosure.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;

/**
 * One demo item and how far through the approval chain the demo takes it.
 *
 * @param stage {@code DRAFT}, {@code PENDING_REVIEW}, {@code PENDING_CHIEF} or
 * {@code PUBLISHED}
 */
record DemoItem(String title, String summary, String body, Category category, SubKind subKind, String department,
		String author, boolean important, Term term, Visibility visibility, List<String> persons,
		List<String> addresses, List<Exemption> exemptions, String stage) {
}
