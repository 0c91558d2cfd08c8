package cn.jianwu.portal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.item.ItemPage;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.console.booking.BookingStaffApi;
import cn.jianwu.portal.console.hall.HallStaffApi;
import cn.jianwu.portal.site.BackendUnavailableException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's start page and item lists: my drafts, the approvals inbox of each role,
 * and every item the member may read.
 */
@Controller
class ItemListsController {

	static final int PAGE_SIZE = 20;

	private final DisclosureStaffApi api;

	private final HallStaffApi hall;

	private final BookingStaffApi booking;

	private final InstitutionProperties institution;

	ItemListsController(DisclosureStaffApi api, HallStaffApi hall, BookingStaffApi booking,
			InstitutionProperties institution) {
		this.api = api;
		this.hall = hall;
		this.booking = booking;
		this.institution = institution;
	}

	@GetMapping("/console")
	String home(@AuthenticationPrincipal ConsoleUser user, Model model) {
		if (user.author()) {
			model.addAttribute("drafts", this.api.mine(user, ItemStatus.DRAFT, 0, 5));
		}
		model.addAttribute("inbox", inbox(user, 5));
		if (user.hallStaff()) {
			hallCounts(user, model);
		}
		if (user.hallStaff() || user.casesManager()) {
			bookingCounts(user, model);
		}
		return "console/home";
	}

	/**
	 * What waits in the online service hall; the start page stays usable when
	 * hall-service does not answer or the member handles no messages.
	 */
	private void hallCounts(ConsoleUser user, Model model) {
		try {
			model.addAttribute("hallCounts", this.hall.counts(user));
		}
		catch (BackendUnavailableException ex) {
			model.addAttribute("hallUnavailable", true);
		}
		catch (ConsoleApiException ex) {
			// hall-service refused the member its lists: nothing to show
		}
	}

	/**
	 * Today's bookings and the pending confirmations; as for the messages, never fatal.
	 */
	private void bookingCounts(ConsoleUser user, Model model) {
		try {
			model.addAttribute("bookingCounts",
					this.booking.counts(user, java.time.LocalDate.now(this.institution.zone())));
		}
		catch (BackendUnavailableException | ConsoleApiException ex) {
			// hall-service does not answer or shows the member no appointments: nothing
			// to show
		}
	}

	@GetMapping("/console/drafts")
	String drafts(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "draft") String show,
			@RequestParam(defaultValue = "1") int page, Model model) {
		boolean all = "all".equals(show);
		ItemPage items = this.api.mine(user, all ? null : ItemStatus.DRAFT, Math.max(page, 1) - 1, PAGE_SIZE);
		model.addAttribute("items", items);
		model.addAttribute("show", all ? "all" : "draft");
		return "console/drafts";
	}

	@GetMapping("/console/inbox")
	String inbox(@AuthenticationPrincipal ConsoleUser user, Model model) {
		model.addAttribute("inbox", inbox(user, 100));
		return "console/inbox";
	}

	@GetMapping("/console/items")
	String items(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "1") int page, Model model) {
		ItemStatus statusFilter = known(ItemStatus.class, status);
		Category categoryFilter = known(Category.class, category);
		model.addAttribute("items",
				this.api.list(user, statusFilter, categoryFilter, Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("status", statusFilter);
		model.addAttribute("category", categoryFilter);
		return "console/items";
	}

	/** A filter the list knows, or none: a stale or edited address shows every item. */
	private static <E extends Enum<E>> E known(Class<E> type, String name) {
		return Stream.of(type.getEnumConstants()).filter((value) -> value.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * One section per approval step the member decides at (as disclosure-service says).
	 */
	private List<InboxSection> inbox(ConsoleUser user, int size) {
		List<InboxSection> sections = new ArrayList<>();
		for (ItemStatus status : user.decidesAt()) {
			sections.add(new InboxSection(status.label(), this.api.list(user, status, null, 0, size)));
		}
		return sections;
	}

	/** The items waiting at one approval step. */
	record InboxSection(String step, ItemPage items) {
	}

}
