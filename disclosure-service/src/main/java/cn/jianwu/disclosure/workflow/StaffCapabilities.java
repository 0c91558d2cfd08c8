package cn.jianwu.disclosure.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffCapability;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.item.ItemAccess;
import cn.jianwu.disclosure.item.ItemService;

/**
 * What a member may do in the console at all, read from the same rules that guard each
 * action (the authors of {@link ItemService}, the readers of {@link ItemAccess}, the
 * deciders of the approval chain), so that the console offers what the service allows.
 */
public final class StaffCapabilities {

	private StaffCapabilities() {
	}

	public static List<StaffCapability> of(Collection<StaffRole> roles) {
		List<StaffCapability> capabilities = new ArrayList<>();
		if (roles.stream().anyMatch(ItemService.AUTHORS::contains)) {
			capabilities.add(StaffCapability.DRAFT);
		}
		if (ItemAccess.mayReadItems(roles)) {
			capabilities.add(StaffCapability.READ_ITEMS);
		}
		return List.copyOf(capabilities);
	}

	/**
	 * The pending statuses at which members with these roles decide, in the chain's
	 * order.
	 */
	public static List<ItemStatus> decidesAt(Collection<StaffRole> roles) {
		return Arrays.stream(ApprovalStep.values())
			.filter((step) -> roles.contains(step.role()))
			.map(ApprovalStep::status)
			.toList();
	}

}
