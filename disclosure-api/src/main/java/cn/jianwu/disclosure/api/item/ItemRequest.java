package cn.jianwu.disclosure.api.item;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A draft as staff send it ({@code POST /api/disclosures}, {@code PUT
 * /api/disclosures/{id}}). Omitted lists mean "none" (channels: every channel the
 * visibility allows). What is required and how long each field may be is declared here,
 * once: disclosure-service applies it with Bean Validation, and its OpenAPI document
 * shows it.
 *
 * @param clearedNames names the privacy gate flagged that the clerk decided may be
 * published, each with the reason
 * @param minorClearance why the item may be public although the gate found hints that a
 * minor is involved (omit, and tick the exemption instead, when it may not)
 * @param publishAt when to publish once approved, {@code null} for at once
 * @param version the version the editor saw; a different stored version means someone
 * else changed the item meanwhile
 * @param obligationId the disclosure obligation of report-service's register (对应公开任务)
 * that the item meets, or {@code null}; staff-internal, never shown to the public
 * @param period the period a periodic item reports on ({@link DisclosurePeriod} code,
 * e.g. {@code 2026Q4}); required when the term is {@link Term#PERIODIC}, ignored
 * otherwise
 * @param caseStages for a {@link SubKind#GUIDE} only: the case stages (their Chinese
 * labels, e.g. 审查起诉) whose notice of rights and duties the guide is, so that the case
 * query's answer can link it
 * @param revisionNote what changed and why (修订说明), shown to the public in the item's
 * history; required when the item was published before (a revision)
 */
public record ItemRequest(
		@NotBlank(message = "请填写标题") @SingleLine @Size(max = 200, message = "标题不能超过200个字") String title,
		@Size(max = 1000, message = "摘要不能超过1000个字") String summary,
		@NotBlank(message = "请填写正文") @Size(max = 500000, message = "正文过长") String body,
		@NotNull(message = "请选择公开类别") Category category, SubKind subKind,
		@NotBlank(message = "请填写责任部门") @SingleLine String department, Boolean important,
		@NotNull(message = "请选择公开时间（长期、定期或随时）") Term term, @NotNull(message = "请选择可见范围（公开或仅内部）") Visibility visibility,
		List<Channel> channels, List<Exemption> exemptions,
		@Size(max = 200, message = "需匿名处理的人员不能超过200人") List<String> persons,
		@Size(max = 200, message = "需删除的地址不能超过200条") List<String> addresses,
		@Size(max = 200, message = "标记为可公开的姓名不能超过200个") List<NameClearance> clearedNames,
		@Size(max = 500, message = "涉及未成年人提示的处理说明不能超过500个字") String minorClearance, Instant publishAt, Long version,
		@SingleLine @Size(max = 64, message = "对应公开任务编号不能超过64个字符") String obligationId,
		@Pattern(regexp = DisclosurePeriod.PATTERN,
				message = "所属期间的格式应为年份加季度或半年，例如 2026Q4、2026H1 或 2026") String period,
		@Size(max = 20,
				message = "适用诉讼阶段不能超过20个") List<@NotBlank @Size(max = 32,
						message = "诉讼阶段名称不能超过32个字") String> caseStages,
		@Size(max = 500, message = "修订说明不能超过500个字") String revisionNote) {

	/** A draft without period, case stages or revision note. */
	public ItemRequest(String title, String summary, String body, Category category, SubKind subKind, String department,
			Boolean important, Term term, Visibility visibility, List<Channel> channels, List<Exemption> exemptions,
			List<String> persons, List<String> addresses, List<NameClearance> clearedNames, String minorClearance,
			Instant publishAt, Long version, String obligationId) {
		this(title, summary, body, category, subKind, department, important, term, visibility, channels, exemptions,
				persons, addresses, clearedNames, minorClearance, publishAt, version, obligationId, null, null, null);
	}

	/** A draft that meets no obligation of report-service's register. */
	public ItemRequest(String title, String summary, String body, Category category, SubKind subKind, String department,
			Boolean important, Term term, Visibility visibility, List<Channel> channels, List<Exemption> exemptions,
			List<String> persons, List<String> addresses, List<NameClearance> clearedNames, String minorClearance,
			Instant publishAt, Long version) {
		this(title, summary, body, category, subKind, department, important, term, visibility, channels, exemptions,
				persons, addresses, clearedNames, minorClearance, publishAt, version, null);
	}

}
