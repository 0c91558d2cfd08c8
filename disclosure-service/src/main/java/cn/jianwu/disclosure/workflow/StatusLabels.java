package cn.jianwu.disclosure.workflow;

import cn.jianwu.disclosure.item.ItemStatus;

/** The names of statuses that staff read in messages. */
final class StatusLabels {

	private StatusLabels() {
	}

	static String of(ItemStatus status) {
		return switch (status) {
			case DRAFT -> "“草稿”";
			case PENDING_REVIEW -> "“待科室负责人审核”";
			case PENDING_APPROVAL -> "“待分管领导审批”";
			case PENDING_CHIEF -> "“待检察长审批”";
			case APPROVED -> "“已批准待发布”";
			case PUBLISHED -> "“已公开”";
			case WITHDRAWN -> "“已撤回”";
		};
	}

}
