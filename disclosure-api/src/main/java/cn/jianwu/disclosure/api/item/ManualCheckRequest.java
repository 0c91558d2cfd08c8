package cn.jianwu.disclosure.api.item;

/**
 * Why an approver considers an attachment the redaction check could not read free of
 * personal data left to remove ({@code POST
 * /api/disclosures/{id}/attachments/{attachmentId}/manual-check}).
 */
public record ManualCheckRequest(String reason) {
}
