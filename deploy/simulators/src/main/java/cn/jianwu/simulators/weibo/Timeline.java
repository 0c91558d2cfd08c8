package cn.jianwu.simulators.weibo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated account's statuses, newest first, as Weibo keeps them: a post whose text
 * is that of the newest status is refused, a deleted status is gone. Safe for WireMock's
 * request threads; the statuses it holds are never changed after they are posted.
 */
final class Timeline {

	private final LinkedList<Map<String, Object>> statuses = new LinkedList<>();

	/**
	 * Posts a status unless it repeats the newest one.
	 * @param status the status object, with its {@code idstr} and {@code text}
	 * @return whether it was posted (false: the same text as the newest status)
	 */
	synchronized boolean post(Map<String, Object> status) {
		if (!this.statuses.isEmpty() && Objects.equals(this.statuses.getFirst().get("text"), status.get("text"))) {
			return false;
		}
		this.statuses.addFirst(Collections.unmodifiableMap(new LinkedHashMap<>(status)));
		return true;
	}

	/**
	 * @param count statuses per page
	 * @param page the page, from 1
	 * @return that page of the statuses, newest first
	 */
	synchronized List<Map<String, Object>> page(int count, int page) {
		long from = (long) (page - 1) * count;
		if (from >= this.statuses.size()) {
			return List.of();
		}
		int to = (int) Math.min(from + count, this.statuses.size());
		return new ArrayList<>(this.statuses.subList((int) from, to));
	}

	synchronized int size() {
		return this.statuses.size();
	}

	/**
	 * @param id a status id
	 * @return the status deleted, empty if the account has no such status
	 */
	synchronized Optional<Map<String, Object>> delete(String id) {
		for (var iterator = this.statuses.iterator(); iterator.hasNext();) {
			Map<String, Object> status = iterator.next();
			if (id.equals(String.valueOf(status.get("idstr")))) {
				iterator.remove();
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	synchronized void clear() {
		this.statuses.clear();
	}

}
