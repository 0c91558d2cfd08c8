package cn.jianwu.disclosure.api.item;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;

/**
 * A draft as staff send it ({@code POST /api/disclosures}, {@code PUT
 * /api/disclosures/{id}}). Omitted lists mean "none" (channels: every channel the
 * visibility allows). disclosure-service checks what is required and how long each field
 * may be.
 *
 * @param clearedNames names the privacy gate flagged that the clerk decided may be
 * published, each with the reason
 * @param minorClearance why the item may be public although the gate found hints that a
 * minor is involved (omit, and tick the exemption instead, when it may not)
 * @param publishAt when to publish once approved, {@code null} for at once
 * @param version the version the editor saw; a different stored version means someone
 * else changed the item meanwhile
 */
public record ItemRequest(String title, String summary, String body, Category category, SubKind subKind,
		String department, Boolean important, Term term, Visibility visibility, List<Channel> channels,
		List<Exemption> exemptions, List<String> persons, List<String> addresses, List<NameClearance> clearedNames,
		String minorClearance, Instant publishAt, Long version) {

}
