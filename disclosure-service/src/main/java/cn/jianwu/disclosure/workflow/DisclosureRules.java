package cn.jianwu.disclosure.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.attachment.UnredactedAttachment;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.publication.PublicText;
import cn.jianwu.disclosure.redaction.PrivacyReview;
import cn.jianwu.disclosure.redaction.PublicNotes;
import cn.jianwu.events.Visibility;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What must hold before an item moves towards publication (seed §四(一)5): no secret at
 * all, no other exemption on a public item, a revision note on a revision after a
 * publication, no identifier left in the text the public would read (the note included),
 * no person's name the clerk has not decided on, and no hint of a minor without the
 * clerk's decision.
 */
@Component
class DisclosureRules {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PublicText publicText;

	private final Attachments attachments;

	private final PrivacyReview privacyReview;

	private final PublicNotes publicNotes;

	DisclosureRules(PublicText publicText, Attachments attachments, PrivacyReview privacyReview,
			PublicNotes publicNotes) {
		this.publicText = publicText;
		this.attachments = attachments;
		this.privacyReview = privacyReview;
		this.publicNotes = publicNotes;
	}

	void check(DisclosureItem item) {
		checkExemptions(item.content());
		// The revision note is published as written, beside the redacted text.
		ItemService.checkRevisionNote(item);
		this.publicNotes.check(item.content().revisionNote(), item.content().persons(), ItemService.REVISION_NOTE,
				ItemService.REVISION_NOTE_FIELD);
		List<String> remaining = this.publicText.remainingIdentifiers(item);
		if (!remaining.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unredacted-identifier", "待公开文本仍含个人信息",
					"脱敏后的文本中仍有未处理的个人信息（" + String.join("、", remaining) + "），请修改后再提交。")
				.with("remaining", remaining);
		}
		checkPrivacyDecisions(item);
		// Attachments are published as uploaded: a PDF's text and every file's name must
		// be clean already. Images and scans cannot be read (no OCR): staff check those.
		List<UnredactedAttachment> unredacted = this.attachments.unredacted(item);
		if (!unredacted.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unredacted-identifier", "附件仍含个人信息",
					"附件" + unredacted.stream()
						.map((found) -> "《" + found.fileName() + "》（" + String.join("、", found.remaining()) + "）")
						.collect(Collectors.joining("、")) + "中仍有未处理的个人信息，请上传脱敏后的副本并删除原附件，再提交。")
				.with("attachments", unredacted);
		}
		// Unreadable is not clean: a PDF the check could not read in full waits for an
		// approver's manual check.
		this.attachments.checkReadOrConfirmed(item);
	}

	/**
	 * No secret on any channel, the LAN bulletin included; no other exemption on a public
	 * item (it may go internal instead).
	 */
	static void checkExemptions(ItemContent content) {
		List<Exemption> secrets = content.exemptions().stream().filter(Exemption::isSecret).sorted().toList();
		if (!secrets.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "exempt-item", "该事项依法不得公开",
					"该事项" + labels(secrets) + "，不得在任何渠道公开（包括局域网公告栏）。")
				.with("exemptions", secrets);
		}
		List<Exemption> exemptions = content.exemptions().stream().sorted().toList();
		if (content.visibility() == Visibility.PUBLIC && !exemptions.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "exempt-item", "该事项不得向社会公开",
					"该事项" + labels(exemptions) + "，不得向社会公开。如确需发布，请将可见范围改为“仅内部”（仅局域网公告栏）。")
				.with("exemptions", exemptions);
		}
	}

	/**
	 * A name nobody listed and hints of a minor are decisions the clerk must take before
	 * the item moves on: the gate does not guess either way.
	 */
	private void checkPrivacyDecisions(DisclosureItem item) {
		ItemContent content = item.content();
		PrivacyReview.Findings findings = this.privacyReview.review(this.publicText.readerText(content),
				content.persons(), content.clearedNames().stream().map(NameClearance::name).toList(),
				LocalDate.ofInstant(item.createdAt(), CHINA));
		if (!findings.unlistedNames().isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unlisted-person-name", "有未处理的人员姓名",
					"文本中有" + findings.unlistedNames().size() + "个姓名既未列入需匿名处理的人员，也未标记为可以公开（"
							+ String.join("、", findings.names()) + "）。请在脱敏预览中逐一处理：加入匿名名单，或标记为“非人名/可公开”并说明理由。")
				.with("names", findings.names());
		}
		if (!findings.minorHints().isEmpty() && !content.exemptions().contains(Exemption.MINOR_INVOLVED)
				&& content.minorClearance() == null) {
			List<String> hints = findings.minorHints().stream().map((hint) -> hint.kind().label()).distinct().toList();
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "minor-decision-required", "可能涉及未成年人",
					"文本中有涉及未成年人的提示（" + String.join("、", hints) + "）。未成年人案件信息不得公开：请勾选“"
							+ Exemption.MINOR_INVOLVED.label() + "”，或说明该事项可以公开的理由后再提交。")
				.with("hints", hints);
		}
	}

	private static String labels(List<Exemption> exemptions) {
		return exemptions.stream().map(Exemption::label).collect(Collectors.joining("、"));
	}

}
