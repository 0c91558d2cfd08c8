package cn.jianwu.disclosure.attachment;

import java.util.UUID;

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
