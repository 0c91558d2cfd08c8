package cn.jianwu.reports.api.annual;

import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.events.MessageKind;

/**
 * The fixed tables of the annual report for one calendar year (in the institution's
 * zone), counted from report-service's read model when the draft was generated.
 *
 * @param year the calendar year
 * @param categories 二、主动公开: items per category and sub-kind
 * @param channels 二、主动公开: deliveries per channel
 * @param queries 三、依申请公开 (here: case procedural queries) per query channel
 * @param messages 三、网上检察服务大厅留言 per kind
 * @param complaints 四、控告申诉: the messages of the complaint and report kinds
 */
public record AnnualFigures(int year, List<CategoryRow> categories, List<ChannelRow> channels, List<QueryRow> queries,
		List<MessageRow> messages, List<MessageRow> complaints) {

	/**
	 * Items of one category and sub-kind.
	 *
	 * @param subKind disclosure-api's {@code SubKind} name, {@code null} for none
	 * @param published items first published in the year
	 * @param revised revisions (corrections) published in the year
	 * @param withdrawn revisions withdrawn in the year
	 */
	public record CategoryRow(Category category, String categoryLabel, String subKind, String subKindLabel,
			long published, long revised, long withdrawn) {

	}

	/**
	 * Deliveries to one channel.
	 *
	 * @param channel the channel's id (portal, weibo, …)
	 * @param delivered revisions the channel reported delivered in the year
	 * @param failed failed attempts reported in the year
	 * @param retracted revisions the channel retracted in the year
	 */
	public record ChannelRow(String channel, String label, long delivered, long failed, long retracted) {

	}

	/**
	 * Procedural queries through one channel.
	 *
	 * @param channel case-query-api's {@code QueryChannel} name
	 * @param received queries made
	 * @param answered queries answered with the case's progress
	 * @param refused queries refused (unknown code, wrong ID digits, revoked, locked,
	 * throttled, no such case)
	 * @param lockouts codes locked by repeated failures
	 */
	public record QueryRow(String channel, String label, long received, long answered, long refused, long lockouts) {

	}

	/**
	 * Messages to the online service hall of one kind.
	 *
	 * @param received messages received in the year
	 * @param answered answers approved in the year
	 * @param answeredWithinLimit of those, answered by their answer day
	 */
	public record MessageRow(MessageKind kind, String label, long received, long answered, long answeredWithinLimit) {

	}

}
