package cn.jianwu.hall.booking;

import java.util.Optional;
import java.util.UUID;

import cn.jianwu.hall.personal.SealedBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Seals and opens the person behind each booking ({@code appointment_person}). */
@Component
public class AppointmentPeople {

	private final JdbcClient jdbc;

	private final SealedBox box;

	AppointmentPeople(JdbcClient jdbc, SealedBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	/**
	 * Seals the person of a new booking, or replaces what was sealed (an openid bound).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void seal(UUID appointmentId, AppointmentPerson person) {
		SealedBox.Sealed sealed = this.box.seal(appointmentId, person);
		this.jdbc
			.sql("""
					INSERT INTO appointment_person (appointment_id, key_id, nonce, ciphertext) VALUES (:id, :keyId, :nonce, :ciphertext)
					ON CONFLICT (appointment_id) DO UPDATE SET key_id = :keyId, nonce = :nonce, ciphertext = :ciphertext
					""")
			.param("id", appointmentId)
			.param("keyId", sealed.keyId())
			.param("nonce", sealed.nonce())
			.param("ciphertext", sealed.ciphertext())
			.update();
	}

	public Optional<AppointmentPerson> open(UUID appointmentId) {
		return this.jdbc.sql("SELECT key_id, nonce, ciphertext FROM appointment_person WHERE appointment_id = :id")
			.param("id", appointmentId)
			.query((rs, row) -> this.box.open(appointmentId,
					new SealedBox.Sealed(rs.getString("key_id"), rs.getBytes("nonce"), rs.getBytes("ciphertext")),
					AppointmentPerson.class))
			.optional();
	}

}
