package cn.jianwu.hall.api.handling;

import java.util.List;

/**
 * The writer's personal data, decrypted for the staff handling the message only.
 *
 * @param name as given, or null
 * @param phone as given, or null
 * @param email as given, or null
 * @param wechatOpenid the follower who wrote through WeChat, or null
 * @param identifiers identifiers found in the text and kept out of it (ID numbers, phone
 * numbers, bank accounts…), in the order they appeared
 */
public record WriterDetails(String name, String phone, String email, String wechatOpenid, List<String> identifiers) {

	public WriterDetails {
		identifiers = (identifiers != null) ? List.copyOf(identifiers) : List.of();
	}

}
