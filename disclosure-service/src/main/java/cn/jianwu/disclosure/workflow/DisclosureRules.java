package cn.jianwu.disclosure.workflow;

import java.util.List;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.attachment.UnredactedAttachment;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.Exemption;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.publication.PublicText;
import cn.jianwu.events.Visibility;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What must hold before an item moves towards publication (seed §四(一)5): no secret at
 * all, no other exemption on a public item, and no identifier left in the text the public
 * would read.
 */
@Component
class DisclosureRules {

	private final PublicText publicText;

	private final Attachments attachments;

	DisclosureRules(PublicText publicText, Attachments attachments) {
		this.publicText = publicText;
		this.attachments = attachments;
	}

	void check(DisclosureItem item) {
		List<Exemption> secrets = item.content().exemptions().stream().filter(Exemption::isSecret).sorted().toList();
		if (!secrets.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "exempt-item", "该事项依法不得公开",
					"该事项" + labels(secrets) + "，不得在任何渠道公开（包括局域网公告栏）。")
				.with("exemptions", secrets);
		}
		List<Exemption> exemptions = item.content().exemptions().stream().sorted().toList();
		if (item.content().visibility() == Visibility.PUBLIC && !exemptions.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "exempt-item", "该事项不得向社会公开",
					"该事项" + labels(exemptions) + "，不得向社会公开。如确需发布，请将可见范围改为“仅内部”（仅局域网公告栏）。")
				.with("exemptions", exemptions);
		}
		List<String> remaining = this.publicText.remainingIdentifiers(item);
		if (!remaining.isEmpty()) {
			throw new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unredacted-identifier", "待公开文本仍含个人信息",
					"脱敏后的文本中仍有未处理的个人信息（" + String.join("、", remaining) + "），请修改后再提交。")
				.with("remaining", remaining);
		}
		// Attachments are published as uploaded: a PDF's text and every file's name must
		// be
		// clean already. Images and scans cannot be read (no OCR): staff check those.
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

	private static String labels(List<Exemption> exemptions) {
		return exemptions.stream().map(Exemption::label).collect(Collectors.joining("、"));
	}

}
