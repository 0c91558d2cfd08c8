package cn.jianwu.hall.activity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.api.activity.Invitee;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.personal.SealedBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitees of an activity for invitees only ({@code activity_invitee}): each found by
 * the keyed hash of the phone (digits only), the name and phone sealed. A sign-up is an
 * invitee's when the phone finds one and the sealed name is the name given.
 */
@Component
class Invitees {

	private final JdbcClient jdbc;

	private final SealedBox box;

	private final HallHash hash;

	Invitees(JdbcClient jdbc, SealedBox box, HallHash hash) {
		this.jdbc = jdbc;
		this.box = box;
		this.hash = hash;
	}

	/** The keyed hash a phone is found by, in invitee lists and sign-ups alike. */
	String phoneHash(String phone) {
		return this.hash.digest("activity-phone", ActivityRules.phoneDigits(phone));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void seal(UUID activityId, List<Invitee> invitees) {
		for (Invitee invitee : invitees) {
			UUID id = UUID.randomUUID();
			SealedBox.Sealed sealed = this.box.seal(id, invitee);
			this.jdbc.sql("""
					INSERT INTO activity_invitee (id, activity_id, phone_hash, role, key_id, nonce, ciphertext)
					VALUES (:id, :activity, :phone, :role, :keyId, :nonce, :ciphertext)
					""")
				.param("id", id)
				.param("activity", activityId)
				.param("phone", phoneHash(invitee.phone()))
				.param("role", invitee.role().name())
				.param("keyId", sealed.keyId())
				.param("nonce", sealed.nonce())
				.param("ciphertext", sealed.ciphertext())
				.update();
		}
	}

	/** The role of the invitee with this name and phone, or empty for anyone else. */
	Optional<InviteeRole> match(UUID activityId, String name, String phone) {
		return this.jdbc
			.sql("SELECT id, key_id, nonce, ciphertext FROM activity_invitee "
					+ "WHERE activity_id = :activity AND phone_hash = :phone")
			.param("activity", activityId)
			.param("phone", phoneHash(phone))
			.query((rs, row) -> this.box.open(rs.getObject("id", UUID.class),
					new SealedBox.Sealed(rs.getString("key_id"), rs.getBytes("nonce"), rs.getBytes("ciphertext")),
					Invitee.class))
			.optional()
			.filter((invitee) -> ActivityRules.sameName(invitee.name(), name))
			.map(Invitee::role);
	}

}
