package cn.jianwu.disclosure.audit;

import java.util.UUID;

import cn.jianwu.events.Category;

/**
 * What the accountability reports group a step by, of the item it acted on: the audit
 * trail passes it on with every step it records.
 *
 * @param subKind the sub-kind's name, or {@code null}
 * @param obligationId the disclosure obligation the item meets, or {@code null}
 */
public record AuditedItem(UUID id, String department, Category category, String subKind, boolean important,
		String obligationId) {

}
