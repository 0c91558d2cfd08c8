package cn.jianwu.portal.search;

/** search-service did not accept the query; the message is its reason, in Chinese. */
class RefusedSearchException extends RuntimeException {

	RefusedSearchException(String reason) {
		super(reason);
	}

}
