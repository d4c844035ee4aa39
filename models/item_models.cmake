# Item model sources are added to paydesk_models here.
