package cn.jianwu.disclosure.attachment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.problem.DisclosureException;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The refusals of the attachment rules, with what staff should do about them. */
final class AttachmentProblems {

	private AttachmentProblems() {
	}

	static DisclosureException tooLarge(DataSize limit) {
		return new DisclosureException(HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", "附件过大",
				"附件不能超过" + readable(limit) + "，请压缩或拆分后重新上传。")
			.with("maxSize", limit.toBytes());
	}

	static DisclosureException unsupported() {
		return new DisclosureException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment", "不支持的附件格式",
				"仅支持PDF、PNG、JPEG格式的附件。文件格式按文件内容判断，修改扩展名无效。");
	}

	static DisclosureException empty() {
		return DisclosureException.invalid("请选择要上传的文件（表单字段 file），文件不能为空。");
	}

	static DisclosureException tooMany(int limit) {
		return new DisclosureException(HttpStatus.CONFLICT, "too-many-attachments", "附件数量已达上限",
				"每个公开事项最多" + limit + "个附件，请先删除不需要的附件。")
			.with("maxPerItem", limit);
	}

	static DisclosureException notDraft() {
		return DisclosureException.invalidTransition("只有草稿可以添加或删除附件。已公开或已撤回的事项请先修改（生成新的草稿版本）再上传附件；审批中的事项请由审批人退回后再修改。");
	}

	static DisclosureException unreadableImage() {
		return new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-image", "无法处理该图片", "图片无法读取或尺寸过大（超过"
				+ ImageCopy.MAX_PIXELS / 10_000 + "万像素），无法去除其中的拍摄信息（EXIF）后公开。请另存为常见的JPEG或PNG格式、适当缩小后重新上传。");
	}

	/** Files the redaction check could not read, which no approver has confirmed yet. */
	static DisclosureException unchecked(List<Attachment> unchecked) {
		return new DisclosureException(
				HttpStatus.UNPROCESSABLE_CONTENT, "unchecked-attachment", "附件未能自动检查", "附件"
						+ unchecked.stream()
							.map((attachment) -> "《" + attachment.fileName() + "》（" + attachment.textStatus().label()
									+ "）")
							.collect(Collectors.joining("、"))
						+ "无法自动检查是否含有个人信息。请上传可读取文字的PDF，或由科室负责人及以上审批人员查看原件后在附件列表中人工确认，再提交或审批。")
			.with("attachments",
					unchecked.stream()
						.map((attachment) -> Map.of("id", attachment.id(), "fileName", attachment.fileName(),
								"textStatus", attachment.textStatus()))
						.toList());
	}

	static DisclosureException notConfirmer() {
		return DisclosureException.forbidden("只有本部门的科室负责人、分管领导或检察长可以人工确认附件，且不能确认本人上传的附件。");
	}

	static DisclosureException noManualCheckNeeded() {
		return new DisclosureException(HttpStatus.CONFLICT, "manual-check-not-needed", "该附件无需人工确认",
				"该附件已自动检查，或已由他人人工确认。");
	}

	static DisclosureException notUnderApproval() {
		return DisclosureException.invalidTransition("只有草稿或审批中的事项可以人工确认附件。");
	}

	static DisclosureException notFound(UUID attachmentId) {
		return new DisclosureException(HttpStatus.NOT_FOUND, "attachment-not-found", "未找到该附件",
				"编号为 " + attachmentId + " 的附件不存在。");
	}

	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + "MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + "KB";
		}
		return bytes + "字节";
	}

}
