package cn.jianwu.hall.api.message;

/**
 * Where a message stands. Staff read {@link #label()}; the writer and the public read
 * {@link #publicLabel()}, which does not show the internal steps of the answer's review.
 */
public enum MessageStatus {

	/** Committed; the office has not triaged it yet. */
	RECEIVED("待分办", "已接收"),
	/** Assigned to a department, which has not acknowledged it yet. */
	ASSIGNED("已分办", "办理中"),
	/** The department sent the procedural answer (程序性答复). */
	ACKNOWLEDGED("已受理", "办理中"),
	/** The answer waits for the section head's approval. */
	PENDING_APPROVAL("答复待审核", "办理中"),
	/** The approved answer is visible to the writer. */
	ANSWERED("已答复", "已答复"),
	/** A duplicate: handled, and answered, with another message. */
	MERGED("已合并办理", "已合并办理"),
	/** Outside the procuratorate's remit: the writer was told where to turn. */
	REFERRED("非本院管辖（已告知）", "已告知");

	private final String label;

	private final String publicLabel;

	MessageStatus(String label, String publicLabel) {
		this.label = label;
		this.publicLabel = publicLabel;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/** The name the writer reads. */
	public String publicLabel() {
		return this.publicLabel;
	}

	/** Whether the clock stopped: nothing more is owed to the writer. */
	public boolean closed() {
		return this == ANSWERED || this == MERGED || this == REFERRED;
	}

}
