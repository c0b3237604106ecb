// Placeholder until the terminal backend lands; safe to delete.
