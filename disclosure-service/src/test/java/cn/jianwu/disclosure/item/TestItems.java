package cn.jianwu.disclosure.item;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.Term;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;

/** Items and staff for the rules' unit tests, the demo's departments and accounts. */
public final class TestItems {

	public static final String PROSECUTION = "公诉部";

	public static final String OFFICE = "办公室";

	private static final Instant CREATED = Instant.parse("2026-12-01T02:00:00Z");

	private TestItems() {
	}

	/** A draft of 公诉部, written by clerk1, with the given visibility and exemptions. */
	public static ItemContent content(Visibility visibility, Exemption... exemptions) {
		return new ItemContent(Category.GOVERNMENT_AFFAIRS, null, Term.AD_HOC, visibility, PROSECUTION, false,
				List.of(Channel.PORTAL, Channel.WEIBO), Set.of(exemptions), List.of(), List.of(), List.of(), null,
				"关于举办检察开放日活动的公告", "摘要", "<p>正文</p>", null, null);
	}

	/** clerk1's item of 公诉部 at {@code status}, revision {@code revision}. */
	public static DisclosureItem item(ItemStatus status, int revision) {
		return new DisclosureItem(UUID.fromString("00000000-0000-0000-0000-000000000001"), status, revision,
				(revision > 1) ? revision - 1 : null, content(Visibility.PUBLIC), "clerk1", "clerk1", CREATED, CREATED,
				0);
	}

	public static StaffMember staff(String username, String department, StaffRole... roles) {
		return new StaffMember(username, username, Set.of(roles), department);
	}

}
