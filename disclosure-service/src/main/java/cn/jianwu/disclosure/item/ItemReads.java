package cn.jianwu.disclosure.item;

import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items as the other features read them: one by id, a page of a department's list, a
 * page of an author's own. The repository stays the item feature's own.
 */
@Service
@Transactional(readOnly = true)
public class ItemReads {

	private final ItemRepository items;

	ItemReads(ItemRepository items) {
		this.items = items;
	}

	/**
	 * @throws DisclosureException {@code not-found} when there is no such item
	 */
	public DisclosureItem get(UUID id) {
		return this.items.get(id);
	}

	/** A page of the items, optionally of one status, category and department. */
	public Page list(ItemStatus status, Category category, String department, int page, int size) {
		return new Page(this.items.find(status, category, department, page, size),
				this.items.count(status, category, department));
	}

	/** A page of what one member wrote, optionally of one status. */
	public Page byAuthor(String username, ItemStatus status, int page, int size) {
		return new Page(this.items.findByAuthor(username, status, page, size),
				this.items.countByAuthor(username, status));
	}

	/**
	 * One page of items.
	 *
	 * @param items the items of the page
	 * @param total how many there are on every page together
	 */
	public record Page(List<DisclosureItem> items, long total) {
	}

}
