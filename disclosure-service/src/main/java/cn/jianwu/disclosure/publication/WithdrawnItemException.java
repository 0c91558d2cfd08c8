package cn.jianwu.disclosure.publication;

import cn.jianwu.disclosure.api.publication.WithdrawalNotice;

/**
 * An address of a withdrawn public item was asked for: it answers {@code 410 Gone} with
 * the withdrawal notice, never the withdrawn text.
 */
class WithdrawnItemException extends RuntimeException {

	private final transient WithdrawalNotice notice;

	WithdrawnItemException(WithdrawalNotice notice) {
		super("Item " + notice.id() + " was withdrawn");
		this.notice = notice;
	}

	WithdrawalNotice notice() {
		return this.notice;
	}

}
