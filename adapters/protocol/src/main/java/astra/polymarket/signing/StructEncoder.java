package astra.polymarket.signing;

import java.math.BigInteger;
import org.web3j.crypto.Hash;

/**
 * ABI-encodes a struct as consecutive 32-byte words and hashes them: the {@code encodeData} of
 * EIP-712 for static types, written straight into one buffer so that no typed-data document is
 * built per order.
 */
public final class StructEncoder {
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    private final byte[] buffer;
    private int offset;

    public StructEncoder(int words) {
        this.buffer = new byte[32 * words];
    }

    public StructEncoder word(byte[] word32) {
        if (word32.length != 32) {
            throw new IllegalArgumentException("a word is 32 bytes, got " + word32.length);
        }
        System.arraycopy(word32, 0, buffer, offset, 32);
        offset += 32;
        return this;
    }

    public StructEncoder uint(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        for (int i = 0; i < 8; i++) {
            buffer[offset + 31 - i] = (byte) (value >>> (8 * i));
        }
        offset += 32;
        return this;
    }

    public StructEncoder uint(BigInteger value, String what) {
        byte[] bytes = uint256Bytes(value, what);
        System.arraycopy(bytes, 0, buffer, offset + 32 - bytes.length, bytes.length);
        offset += 32;
        return this;
    }

    public StructEncoder address(Address address) {
        System.arraycopy(address.bytes(), 0, buffer, offset + 12, 20);
        offset += 32;
        return this;
    }

    public byte[] keccak() {
        if (offset != buffer.length) {
            throw new IllegalStateException("struct encoded " + offset / 32 + " of "
                    + buffer.length / 32 + " words");
        }
        return Hash.sha3(buffer);
    }

    /** The big-endian bytes of a uint256, without the sign byte BigInteger may prepend. */
    public static byte[] uint256Bytes(BigInteger value, String what) {
        if (value.signum() < 0 || value.compareTo(UINT256_LIMIT) >= 0) {
            throw new IllegalArgumentException(what + " is not a uint256: " + value);
        }
        byte[] bytes = value.toByteArray();
        if (bytes.length == 33) {
            byte[] trimmed = new byte[32];
            System.arraycopy(bytes, 1, trimmed, 0, 32);
            return trimmed;
        }
        return bytes;
    }
}
