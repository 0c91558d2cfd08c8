package cn.jianwu.disclosure.console;

import jakarta.validation.constraints.Size;

/** An approver's comment, or a withdrawal's reason. */
record DecisionRequest(@Size(max = 2000, message = "意见不能超过2000个字") String comment,
		@Size(max = 2000, message = "理由不能超过2000个字") String reason) {

	String text() {
		return (this.comment != null) ? this.comment : this.reason;
	}

}
