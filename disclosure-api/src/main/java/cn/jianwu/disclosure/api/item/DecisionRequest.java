package cn.jianwu.disclosure.api.item;

import jakarta.validation.constraints.Size;

/**
 * An approver's comment ({@code approve}, {@code reject}), or a withdrawal's reason
 * ({@code withdraw}); both optional in the body, a rejection and a withdrawal need one.
 */
public record DecisionRequest(@Size(max = 2000, message = "意见不能超过2000个字") String comment,
		@Size(max = 2000, message = "理由不能超过2000个字") String reason) {

	public static DecisionRequest comment(String comment) {
		return new DecisionRequest(blankToNull(comment), null);
	}

	public static DecisionRequest reason(String reason) {
		return new DecisionRequest(null, blankToNull(reason));
	}

	/** Whichever of the two was given. */
	public String text() {
		return (this.comment != null) ? this.comment : this.reason;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
