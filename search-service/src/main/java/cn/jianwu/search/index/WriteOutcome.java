package cn.jianwu.search.index;

/**
 * What became of one document written through the alias.
 *
 * @param status the result
 * @param index the concrete index that holds the document, when written
 * @param error the cluster's reason, for the log only, when failed
 */
public record WriteOutcome(Status status, String index, String error) {

	static WriteOutcome applied(String index) {
		return new WriteOutcome(Status.APPLIED, index, null);
	}

	static WriteOutcome failed(String error) {
		return new WriteOutcome(Status.FAILED, null, error);
	}

	/** The result of a write. */
	public enum Status {

		/** The index now holds this revision (or this tombstone). */
		APPLIED,
		/**
		 * The index held exactly this already: a redelivered event. Reporting it again is
		 * harmless and replaces a report that may have been lost.
		 */
		DUPLICATE,
		/** The index holds a newer revision or a tombstone: the write was stale. */
		SUPERSEDED,
		/** The cluster could not take it now (overloaded, alias not there yet): retry. */
		UNAVAILABLE,
		/** Refused for another reason; see {@link #error()}. */
		FAILED

	}

}
