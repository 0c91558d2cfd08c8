package cn.jianwu.disclosure.api.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an approver considers an attachment the redaction check could not read free of
 * personal data left to remove ({@code POST
 * /api/disclosures/{id}/attachments/{attachmentId}/manual-check}).
 */
public record ManualCheckRequest(
		@NotBlank(message = "请填写人工确认的理由，说明查看了哪些内容。") @Size(max = 2000, message = "理由不能超过2000个字") String reason) {
}
