package cn.jianwu.disclosure.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import cn.jianwu.disclosure.api.identity.StaffCapability;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.item.ItemAccess;
import cn.jianwu.disclosure.item.ItemService;

/**
 * What a member may do in the console at all, read from the same rules that guard each
 * action (the authors of {@link ItemService}, the deciders of the approval chain, the
 * readers of {@link ItemAccess}), so that the console offers what the service allows.
 */
public final class StaffCapabilities {

	private StaffCapabilities() {
	}

	public static List<StaffCapability> of(Collection<StaffRole> roles) {
		List<StaffCapability> capabilities = new ArrayList<>();
		if (roles.stream().anyMatch(ItemService.AUTHORS::contains)) {
			capabilities.add(StaffCapability.DRAFT);
		}
		if (Arrays.stream(ApprovalStep.values()).map(ApprovalStep::role).anyMatch(roles::contains)) {
			capabilities.add(StaffCapability.APPROVE);
		}
		if (ItemAccess.mayReadItems(roles)) {
			capabilities.add(StaffCapability.READ_ITEMS);
		}
		return List.copyOf(capabilities);
	}

}
