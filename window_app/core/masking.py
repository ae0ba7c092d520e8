"""Personal data masking for screens, exports and logs: the same rules as on paper.

The rules live once, in `printing.masking` (printing cannot import the application).
"""

from printing.masking import mask_id, mask_phone

__all__ = ["mask_id", "mask_phone"]
